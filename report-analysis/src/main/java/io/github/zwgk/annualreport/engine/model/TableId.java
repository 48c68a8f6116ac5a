package io.github.zwgk.annualreport.engine.model;

/** The three statistical tables of the template, named after the section that holds them. */
public enum TableId
{
    /** 表二 主动公开政府信息情况. */
    T2("二", Section.ACTIVE_DISCLOSURE),
    /** 表三 收到和处理政府信息公开申请情况. */
    T3("三", Section.APPLICATIONS),
    /** 表四 政府信息公开行政复议、行政诉讼情况. */
    T4("四", Section.REVIEW_LITIGATION);

    private final String number;
    private final Section section;

    TableId(String number, Section section)
    {
        this.number = number;
        this.section = section;
    }

    public String number()
    {
        return number;
    }

    public Section section()
    {
        return section;
    }
}
