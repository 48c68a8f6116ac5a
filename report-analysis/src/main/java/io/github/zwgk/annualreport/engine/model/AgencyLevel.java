package io.github.zwgk.annualreport.engine.model;

/** The administrative level of the reporting organ, when the title or header tells it (乡镇/县级/地市级/省级). */
public enum AgencyLevel
{
    /** 乡镇人民政府, 街道办事处. */
    TOWNSHIP,
    /** 县、县级市、市辖区 and their departments. */
    COUNTY,
    /** 地级市、自治州、盟 and their departments. */
    PREFECTURE,
    /** 省、自治区、直辖市 and their departments. */
    PROVINCE
}
