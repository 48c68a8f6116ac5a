package io.github.zwgk.annualreport.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The national template a report follows: 国办公开办函〔2019〕60号 (report years 2019–2020) or
 * 国办公开办函〔2021〕30号 (report years 2021 and later). Written as "2019" / "2021" in JSON and in the
 * repository's {@code templateFormat} property.
 */
public enum TemplateFormat
{
    FORMAT_2019("2019"),
    FORMAT_2021("2021");

    private final String code;

    TemplateFormat(String code)
    {
        this.code = code;
    }

    @JsonValue
    public String code()
    {
        return code;
    }

    /** The format that applies to a report year (FORMAT.md §1): 2021 and later → 2021. */
    public static TemplateFormat expectedFor(int reportYear)
    {
        return reportYear >= 2021 ? FORMAT_2021 : FORMAT_2019;
    }

    @JsonCreator
    public static TemplateFormat fromCode(String code)
    {
        for (TemplateFormat f : values())
        {
            if (f.code.equals(code) || f.name().equals(code))
            {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown template format: " + code);
    }
}
