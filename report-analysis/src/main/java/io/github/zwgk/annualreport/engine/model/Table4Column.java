package io.github.zwgk.annualreport.engine.model;

/**
 * Table 四: one row of 15 numbers — 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）, each with
 * 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. Unchanged in 2021.
 */
public enum Table4Column implements Labelled
{
    REVIEW_UPHELD(Group.REVIEW, "结果维持"),
    REVIEW_CORRECTED(Group.REVIEW, "结果纠正"),
    REVIEW_OTHER(Group.REVIEW, "其他结果"),
    REVIEW_PENDING(Group.REVIEW, "尚未审结"),
    REVIEW_TOTAL(Group.REVIEW, "总计"),
    LITIGATION_DIRECT_UPHELD(Group.LITIGATION_DIRECT, "结果维持"),
    LITIGATION_DIRECT_CORRECTED(Group.LITIGATION_DIRECT, "结果纠正"),
    LITIGATION_DIRECT_OTHER(Group.LITIGATION_DIRECT, "其他结果"),
    LITIGATION_DIRECT_PENDING(Group.LITIGATION_DIRECT, "尚未审结"),
    LITIGATION_DIRECT_TOTAL(Group.LITIGATION_DIRECT, "总计"),
    LITIGATION_AFTER_REVIEW_UPHELD(Group.LITIGATION_AFTER_REVIEW, "结果维持"),
    LITIGATION_AFTER_REVIEW_CORRECTED(Group.LITIGATION_AFTER_REVIEW, "结果纠正"),
    LITIGATION_AFTER_REVIEW_OTHER(Group.LITIGATION_AFTER_REVIEW, "其他结果"),
    LITIGATION_AFTER_REVIEW_PENDING(Group.LITIGATION_AFTER_REVIEW, "尚未审结"),
    LITIGATION_AFTER_REVIEW_TOTAL(Group.LITIGATION_AFTER_REVIEW, "总计");

    /** The three groups of five. */
    public enum Group
    {
        REVIEW("行政复议"),
        LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
        LITIGATION_AFTER_REVIEW("行政诉讼（复议后起诉）");

        private final String label;

        Group(String label)
        {
            this.label = label;
        }

        public String label()
        {
            return label;
        }

        /** The four parts of this group's 总计, in template order (R5). */
        public Table4Column[] parts()
        {
            int base = ordinal() * 5;
            Table4Column[] all = Table4Column.values();
            return new Table4Column[] {all[base], all[base + 1], all[base + 2], all[base + 3]};
        }

        public Table4Column total()
        {
            return Table4Column.values()[ordinal() * 5 + 4];
        }
    }

    private final Group group;
    private final String label;

    Table4Column(Group group, String label)
    {
        this.group = group;
        this.label = label;
    }

    public Group group()
    {
        return group;
    }

    @Override
    public String label()
    {
        return group.label() + label;
    }
}
