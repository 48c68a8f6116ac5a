package io.github.zwgk.annualreport.engine.model;

/** Table 三 columns: 申请人情况 (自然人, 法人或其他组织 ×5, 总计). Same in 2019 and 2021. */
public enum Table3Column implements Labelled
{
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANIZATION("其他"),
    TOTAL("总计");

    private final String label;

    Table3Column(String label)
    {
        this.label = label;
    }

    @Override
    public String label()
    {
        return label;
    }

    /** The six applicant columns whose sum is {@link #TOTAL} (R3). */
    public static Table3Column[] applicants()
    {
        return new Table3Column[] {NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
                PUBLIC_INTEREST_ORGANIZATION, LEGAL_SERVICE_INSTITUTION, OTHER_ORGANIZATION};
    }
}
