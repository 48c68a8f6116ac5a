package io.github.zwgk.annualreport.engine.extract;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's default HTML mapping plus what a report's web page needs to keep its structure: {@code colspan}/{@code rowspan}
 * on table cells (表三's merged 申请人情况 and 办理结果 headers) and {@code <div>}-like containers as block boundaries,
 * which the default mapping drops so that the text of two divs would run together on one line.
 */
final class ReportHtmlMapper implements HtmlMapper
{
    static final ReportHtmlMapper INSTANCE = new ReportHtmlMapper();

    private static final Set<String> DIV_LIKE = Set.of("DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "MAIN",
        "CENTER", "ASIDE", "NAV");

    private final HtmlMapper delegate = DefaultHtmlMapper.INSTANCE;

    private ReportHtmlMapper()
    {
    }

    @Override
    public String mapSafeElement(String name)
    {
        String upper = name.toUpperCase(Locale.ROOT);
        if (DIV_LIKE.contains(upper))
        {
            return "div";
        }
        if (upper.equals("CAPTION"))
        {
            return "caption";
        }
        return delegate.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name)
    {
        return delegate.isDiscardElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName)
    {
        String element = elementName.toLowerCase(Locale.ROOT);
        String attribute = attributeName.toLowerCase(Locale.ROOT);
        if ((element.equals("td") || element.equals("th")) && (attribute.equals("colspan") || attribute.equals("rowspan")))
        {
            return attribute;
        }
        return delegate.mapSafeAttribute(elementName, attributeName);
    }
}
