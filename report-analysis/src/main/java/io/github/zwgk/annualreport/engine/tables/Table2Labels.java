package io.github.zwgk.annualreport.engine.tables;

import io.github.zwgk.annualreport.engine.model.Table2Row;
import io.github.zwgk.annualreport.engine.model.TemplateFormat;

/**
 * Row labels of table 二 (主动公开政府信息情况) in both formats: 国办公开办函〔2019〕60号 writes 规范性文件 and has
 * 其他对外管理服务事项 and 政府集中采购; 〔2021〕30号 writes 行政规范性文件 (FORMAT.md §3). Labels are short cells,
 * so they are matched whole, not as words inside longer text.
 */
final class Table2Labels implements RowSpec<Table2Row>
{
    static final Table2Labels INSTANCE = new Table2Labels();

    private Table2Labels()
    {
    }

    @Override
    public Table2Row match(String key, Table2Row lastRow)
    {
        int len = key.length();
        if (len < 2 || len > 16)
        {
            return null;
        }
        if (key.equals("规章"))
        {
            return Table2Row.REGULATIONS;
        }
        if (key.endsWith("规范性文件") && len <= 8)
        {
            return Table2Row.NORMATIVE_DOCUMENTS;
        }
        if (key.startsWith("行政许可") && len <= 6)
        {
            return Table2Row.LICENSING;
        }
        if (key.contains("对外管理服务"))
        {
            return Table2Row.OTHER_SERVICES;
        }
        if (key.startsWith("行政处罚") && len <= 6)
        {
            return Table2Row.PENALTY;
        }
        if (key.startsWith("行政强制") && len <= 6)
        {
            return Table2Row.ENFORCEMENT;
        }
        if (key.contains("事业性收费") && len <= 12)
        {
            return Table2Row.FEES;
        }
        if (key.contains("集中采购") && len <= 10)
        {
            return Table2Row.PROCUREMENT;
        }
        return null;
    }

    @Override
    public int width(Table2Row row)
    {
        return Math.max(row.columns(TemplateFormat.FORMAT_2019).size(), row.columns(TemplateFormat.FORMAT_2021).size());
    }

    @Override
    public boolean isGroupHeading(Table2Row row, Table2Row next)
    {
        return false;
    }

    @Override
    public boolean isHeader(String key)
    {
        return key.startsWith("信息内容") || key.contains("第二十条");
    }
}
