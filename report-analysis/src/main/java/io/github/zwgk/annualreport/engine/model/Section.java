package io.github.zwgk.annualreport.engine.model;

/** The six sections of the template (国办公开办函〔2019〕60号 and 〔2021〕30号 附件, identical in both). */
public enum Section
{
    OVERVIEW("一", "总体情况"),
    ACTIVE_DISCLOSURE("二", "主动公开政府信息情况"),
    APPLICATIONS("三", "收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("五", "存在的主要问题及改进情况"),
    OTHER_MATTERS("六", "其他需要报告的事项");

    private final String number;
    private final String title;

    Section(String number, String title)
    {
        this.number = number;
        this.title = title;
    }

    /** The Chinese ordinal, 一 … 六. */
    public String number()
    {
        return number;
    }

    /** The heading text without its number, as in the template. */
    public String title()
    {
        return title;
    }

    /** The heading exactly as the template writes it, e.g. "一、总体情况". */
    public String standardHeading()
    {
        return number + "、" + title;
    }
}
