package io.github.zwgk.annualreport.repo.analysis;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.model.Identity;
import io.github.zwgk.annualreport.engine.model.Severity;
import io.github.zwgk.annualreport.engine.model.Summary;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * Maps an engine result onto the report's properties: identity, figures (one property per {@link Summary} component,
 * same name), validation, and the agency properties the agency folder did not give.
 */
public final class ResultProperties
{
    private ResultProperties()
    {
    }

    /**
     * Every property the worker writes. Values that the result lacks are written as null so that a new version does not
     * keep the figures of the previous one.
     *
     * @param result      the engine result
     * @param current     the node's current properties (agency values from the folder win over the report's)
     * @param contentHash SHA-256 of the analysed content bytes
     * @param validatedAt when
     */
    public static Map<QName, Serializable> of(AnalysisResult result, Map<QName, Serializable> current, String contentHash,
            Date validatedAt)
    {
        Map<QName, Serializable> props = new HashMap<>();
        Identity id = result.identity();

        // ar:reportIdentity
        props.put(AnnualReportModel.PROP_REPORT_TITLE, id.title());
        props.put(AnnualReportModel.PROP_REPORTED_AGENCY, id.agency());
        props.put(AnnualReportModel.PROP_REPORT_YEAR, id.reportYear() != null ? id.reportYear() : result.reportYear());
        props.put(AnnualReportModel.PROP_TEMPLATE_FORMAT, result.format() == null ? null : result.format().code());
        props.put(AnnualReportModel.PROP_INDEX_NUMBER, id.indexNumber());
        props.put(AnnualReportModel.PROP_DOCUMENT_DATE, date(id.documentDate()));
        props.put(AnnualReportModel.PROP_PUBLICATION_DATE, date(id.publicationDate()));

        // ar:reportFigures: the Summary component names are the property local names
        props.putAll(figures(result.summary()));

        // ar:validation
        props.put(AnnualReportModel.PROP_VALIDATION_STATUS, result.status().name());
        props.put(AnnualReportModel.PROP_STATUS_REASON, result.statusReason());
        props.put(AnnualReportModel.PROP_ERROR_COUNT, (int) result.count(Severity.ERROR));
        props.put(AnnualReportModel.PROP_WARNING_COUNT, (int) result.count(Severity.WARNING));
        props.put(AnnualReportModel.PROP_INFO_COUNT, (int) result.count(Severity.INFO));
        props.put(AnnualReportModel.PROP_FINDINGS, FindingLines.lines(result.findings()));
        props.put(AnnualReportModel.PROP_FINDING_CODES, FindingLines.codes(result.findings()));
        props.put(AnnualReportModel.PROP_VALIDATED_AT, validatedAt);
        props.put(AnnualReportModel.PROP_ENGINE_VERSION, result.engineVersion());
        props.put(AnnualReportModel.PROP_CONTENT_HASH, contentHash);

        // ar:agency: the folder's values win; the report fills the gaps
        putIfAbsent(props, current, AnnualReportModel.PROP_AGENCY_NAME, id.agency() != null ? id.agency() : result.agency());
        putIfAbsent(props, current, AnnualReportModel.PROP_AGENCY_LEVEL, id.agencyLevel() == null ? null : id.agencyLevel().name());
        putIfAbsent(props, current, AnnualReportModel.PROP_AGENCY_KIND, id.agencyKind() == null ? null : id.agencyKind().name());
        return props;
    }

    /** ar:applicationsNew … ar:feesAmountWanYuan from the summary: Integer → d:int, BigDecimal → d:double. */
    public static Map<QName, Serializable> figures(Summary summary)
    {
        Map<QName, Serializable> props = new HashMap<>();
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
            QName prop = QName.createQName(AnnualReportModel.URI, c.getName());
            if (value instanceof BigDecimal d)
            {
                props.put(prop, d.doubleValue());
            }
            else
            {
                props.put(prop, (Serializable) value);
            }
        }
        return props;
    }

    private static void putIfAbsent(Map<QName, Serializable> props, Map<QName, Serializable> current, QName prop, String value)
    {
        Serializable existing = current.get(prop);
        if ((existing == null || existing.toString().isBlank()) && value != null)
        {
            props.put(prop, value);
        }
    }

    /** d:date: the calendar day at the repository's midnight. */
    static Date date(LocalDate day)
    {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
