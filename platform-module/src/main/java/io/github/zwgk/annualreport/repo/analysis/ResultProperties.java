package io.github.zwgk.annualreport.repo.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.service.namespace.QName;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;
import io.github.zwgk.annualreport.engine.store.StoredFields;
import io.github.zwgk.annualreport.repo.model.AnnualReportModel;

/**
 * The report's properties for an analysis result: {@link StoredFields} (the engine decides what is stored, by property
 * local name) turned into QNames of ar:annualReportModel and Alfresco's property types (d:date and d:datetime as
 * {@link Date}, multi-valued text as a serialisable list). Also ends the report's PENDING state: no retry is due.
 */
public final class ResultProperties
{
    private ResultProperties()
    {
    }

    /**
     * @param result      the engine result
     * @param contentHash SHA-256 of the analysed content bytes
     * @param validatedAt when
     */
    public static Map<QName, Serializable> of(AnalysisResult result, String contentHash, Date validatedAt)
    {
        Map<QName, Serializable> props = new HashMap<>();
        for (Map.Entry<String, Object> field : StoredFields.of(result, contentHash, validatedAt.toInstant()).entrySet())
        {
            props.put(QName.createQName(AnnualReportModel.URI, field.getKey()), value(field.getValue()));
        }
        props.put(AnnualReportModel.PROP_PENDING_SINCE, null);
        props.put(AnnualReportModel.PROP_RETRY_AT, null);
        props.put(AnnualReportModel.PROP_ANALYSIS_ATTEMPTS, null);
        return props;
    }

    static Serializable value(Object value)
    {
        if (value instanceof LocalDate day)
        {
            // d:date: the calendar day at the repository's midnight
            return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (value instanceof Instant instant)
        {
            return Date.from(instant);
        }
        if (value instanceof Collection<?> values)
        {
            ArrayList<Serializable> list = new ArrayList<>(values.size());
            values.forEach(v -> list.add((Serializable) v));
            return list;
        }
        return (Serializable) value;
    }
}
