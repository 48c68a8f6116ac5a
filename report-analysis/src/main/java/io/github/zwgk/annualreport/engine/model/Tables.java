package io.github.zwgk.annualreport.engine.model;

/**
 * The three canonical tables of a report and the template format their layout shows.
 *
 * @param format the format the tables follow (2019 or 2021), or null when no table tells it
 * @param t2     table 二 主动公开政府信息情况
 * @param t3     table 三 收到和处理政府信息公开申请情况
 * @param t4     table 四 政府信息公开行政复议、行政诉讼情况
 */
public record Tables(
        TemplateFormat format,
        StatTable<Table2Row, Table2Column> t2,
        StatTable<Table3Row, Table3Column> t3,
        StatTable<Table4Row, Table4Column> t4)
{
    public static Tables none()
    {
        return new Tables(null, StatTable.notFound(TableId.T2), StatTable.notFound(TableId.T3), StatTable.notFound(TableId.T4));
    }
}
