package io.github.zwgk.annualreport.engine.sections;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.zwgk.annualreport.engine.text.ReportText;

/** The five real reports under {@code src/test/resources/seeds/}, as normalised text. */
public final class Seeds
{
    public static final String S000 = "000_a58e8730852aa5b1.txt";
    public static final String S001 = "001_ffad424fff7c1b23.txt";
    public static final String S002 = "002_2e78115fb7f7c724.txt";
    public static final String S003 = "003_417062a3286660b0.txt";
    public static final String S004 = "004_84cc98fa39b35082.txt";

    private Seeds()
    {
    }

    public static ReportText text(String name)
    {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing test resource seeds/" + name);
            }
            return ReportText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
