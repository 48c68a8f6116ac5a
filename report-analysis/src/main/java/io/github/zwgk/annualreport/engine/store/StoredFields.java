package io.github.zwgk.annualreport.engine.store;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Summary;

/**
 * What a repository keeps of one analysis, as values by property name: the local names of the content model's
 * ar:reportIdentity, ar:reportFigures and ar:validation properties (docs/DESIGN.md). The repository module only turns the
 * names into QNames and the values into its types; what is written, and that a missing value is written as null (so a
 * new version does not keep the figures of the one before), is decided here, where it runs without Alfresco.
 * <p>
 * Values are {@code String}, {@code Integer}, {@code Double} (amounts), {@code java.time.LocalDate} (d:date),
 * {@code Instant} (d:datetime), {@code ArrayList<String>} (multi-valued text) or null. The agency properties
 * (ar:agency) are not here: a report's agency is its agency folder's, never what its text says (that is
 * {@value #REPORTED_AGENCY}).
 */
public final class StoredFields
{
    public static final String REPORT_TITLE = "reportTitle";
    public static final String REPORTED_AGENCY = "reportedAgency";
    public static final String REPORT_YEAR = "reportYear";
    public static final String TEMPLATE_FORMAT = "templateFormat";
    public static final String INDEX_NUMBER = "indexNumber";
    public static final String DOCUMENT_DATE = "documentDate";
    public static final String PUBLICATION_DATE = "publicationDate";

    public static final String VALIDATION_STATUS = "validationStatus";
    public static final String STATUS_REASON = "statusReason";
    public static final String ERROR_COUNT = "errorCount";
    public static final String WARNING_COUNT = "warningCount";
    public static final String INFO_COUNT = "infoCount";
    public static final String FINDINGS = "findings";
    public static final String FINDING_CODES = "findingCodes";
    public static final String VALIDATED_AT = "validatedAt";
    public static final String ENGINE_VERSION = "engineVersion";
    public static final String CONTENT_HASH = "contentHash";

    private StoredFields()
    {
    }

    /**
     * Every property of an analysis result.
     *
     * @param result      the engine result
     * @param contentHash SHA-256 of the analysed content (the repository's bytes), or null to keep the result's
     * @param validatedAt when the analysis finished
     */
    public static Map<String, Object> of(AnalysisResult result, String contentHash, Instant validatedAt)
    {
        Map<String, Object> fields = new LinkedHashMap<>();
        Identity id = result.identity();

        // ar:reportIdentity
        fields.put(REPORT_TITLE, id.title());
        fields.put(REPORTED_AGENCY, id.agency() != null ? id.agency() : result.agency());
        fields.put(REPORT_YEAR, id.reportYear() != null ? id.reportYear() : result.reportYear());
        fields.put(TEMPLATE_FORMAT, result.format() == null ? null : result.format().code());
        fields.put(INDEX_NUMBER, id.indexNumber());
        fields.put(DOCUMENT_DATE, id.documentDate());
        fields.put(PUBLICATION_DATE, id.publicationDate());

        // ar:reportFigures: the Summary component names are the property names
        fields.putAll(figures(result.summary()));

        // ar:validation
        fields.put(VALIDATION_STATUS, result.status().name());
        fields.put(STATUS_REASON, result.statusReason());
        fields.put(ERROR_COUNT, (int) result.count(Severity.ERROR));
        fields.put(WARNING_COUNT, (int) result.count(Severity.WARNING));
        fields.put(INFO_COUNT, (int) result.count(Severity.INFO));
        fields.put(FINDINGS, FindingLines.lines(result.findings()));
        fields.put(FINDING_CODES, FindingLines.codes(result.findings()));
        fields.put(VALIDATED_AT, validatedAt);
        fields.put(ENGINE_VERSION, result.engineVersion());
        fields.put(CONTENT_HASH, contentHash != null ? contentHash : result.contentHash());
        return fields;
    }

    /** The figures (ar:applicationsNew … ar:feesAmountWanYuan): Integer counts, the amount as a Double. */
    public static Map<String, Object> figures(Summary summary)
    {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : Summary.class.getRecordComponents())
        {
            Object value;
            try
            {
                value = c.getAccessor().invoke(summary);
            }
            catch (ReflectiveOperationException e)
            {
                throw new IllegalStateException("Summary." + c.getName(), e);
            }
            fields.put(c.getName(), value instanceof BigDecimal d ? (Object) d.doubleValue() : value);
        }
        return fields;
    }
}
