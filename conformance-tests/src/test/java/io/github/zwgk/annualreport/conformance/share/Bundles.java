package io.github.zwgk.annualreport.conformance.share;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A message bundle in its default (English) and Simplified Chinese variants, as Share and the repository read them. */
record Bundles(Properties en, Properties zhCN)
{
    /** Loads {@code <base>.properties} and {@code <base>_zh_CN.properties}; a missing file is an empty bundle. */
    static Bundles load(Path directory, String baseName)
    {
        return new Bundles(read(directory.resolve(baseName + ".properties")),
                read(directory.resolve(baseName + "_zh_CN.properties")));
    }

    static Bundles empty()
    {
        return new Bundles(new Properties(), new Properties());
    }

    private static Properties read(Path file)
    {
        Properties properties = new Properties();
        if (Files.isRegularFile(file))
        {
            // ISO-8859-1, as java.util.ResourceBundle reads .properties in Share and the repository: non-ASCII must be \\u-escaped
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1))
            {
                properties.load(reader);
            }
            catch (IOException e)
            {
                throw new IllegalArgumentException("cannot read " + file, e);
            }
        }
        return properties;
    }

    boolean hasInBoth(String key)
    {
        return en.containsKey(key) && zhCN.containsKey(key);
    }

    /** "en", "zh_CN", "en and zh_CN" or null: where the key is missing. */
    String missingIn(String key)
    {
        boolean inEn = en.containsKey(key);
        boolean inZh = zhCN.containsKey(key);
        return inEn && inZh ? null : !inEn && !inZh ? "en and zh_CN" : inEn ? "zh_CN" : "en";
    }
}
