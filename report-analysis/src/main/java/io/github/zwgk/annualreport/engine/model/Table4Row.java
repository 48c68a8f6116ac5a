package io.github.zwgk.annualreport.engine.model;

/** Table 四 has a single data row. */
public enum Table4Row implements Labelled
{
    CASES;

    @Override
    public String label()
    {
        return "政府信息公开行政复议、行政诉讼情况";
    }
}
