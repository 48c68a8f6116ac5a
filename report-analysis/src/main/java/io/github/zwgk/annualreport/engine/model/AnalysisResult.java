package io.github.zwgk.annualreport.engine.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.github.zwgk.annualreport.engine.extract.UnreadableReason;

/**
 * Everything the engine says about one report. Serialised as the JSON documented in the README; the repository
 * stores it whole and copies {@code summary}, {@code identity} and the status into properties.
 *
 * @param file          the file name (or a caller-given source name)
 * @param status        the outcome
 * @param statusReason  why, for UNREADABLE and NOT_A_REPORT (Chinese), else null
 * @param format        the template format the tables follow, or null
 * @param reportYear    = identity.reportYear, repeated for convenience
 * @param agency        = identity.agency, repeated for convenience
 * @param identity      title, agency, year, 索引号, dates
 * @param summary       the key figures
 * @param findings      what is wrong or noteworthy, ERROR first
 * @param sections      the six sections as found, in document order
 * @param tables        tables 二, 三, 四 as canonical cells
 * @param narrative     figures stated in words (总体情况, else the prose of 三, 四, 六)
 * @param extraction    how the text was obtained
 * @param engineVersion the engine version that produced the result
 * @param contentHash   SHA-256 (hex) of the bytes (or of the UTF-8 text) analysed
 * @param unreadableReason for UNREADABLE, why, as a stable id: tells a bad file ({@link UnreadableReason#isFileFault()})
 *                      from a problem of the installation, which the repository retries instead of blaming the agency
 * @param textFingerprint the hashes of the report's sentences, for next year's repetition check (TEXT_REPEATED); null
 *                      when the text was not analysed as a report
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "status", "statusReason", "format", "reportYear", "agency", "identity", "summary", "findings",
        "sections", "tables", "narrative", "extraction", "engineVersion", "contentHash", "unreadableReason",
        "textFingerprint"})
public record AnalysisResult(
        String file,
        Status status,
        String statusReason,
        TemplateFormat format,
        Integer reportYear,
        String agency,
        Identity identity,
        Summary summary,
        List<Finding> findings,
        List<SectionHit> sections,
        Tables tables,
        NarrativeFigures narrative,
        ExtractionInfo extraction,
        String engineVersion,
        String contentHash,
        UnreadableReason unreadableReason,
        TextFingerprint textFingerprint)
{
    public AnalysisResult
    {
        findings = findings == null ? List.of() : List.copyOf(findings);
        sections = sections == null ? List.of() : List.copyOf(sections);
        identity = identity == null ? Identity.empty() : identity;
        summary = summary == null ? Summary.empty() : summary;
        tables = tables == null ? Tables.none() : tables;
        narrative = narrative == null ? NarrativeFigures.none() : narrative;
    }

    /** A result of a readable report (no unreadable reason), without a text fingerprint. */
    public AnalysisResult(String file, Status status, String statusReason, TemplateFormat format, Integer reportYear,
            String agency, Identity identity, Summary summary, List<Finding> findings, List<SectionHit> sections,
            Tables tables, NarrativeFigures narrative, ExtractionInfo extraction, String engineVersion, String contentHash)
    {
        this(file, status, statusReason, format, reportYear, agency, identity, summary, findings, sections, tables,
                narrative, extraction, engineVersion, contentHash, null, null);
    }

    /** A result without a text fingerprint (as every result was before fingerprints were kept). */
    public AnalysisResult(String file, Status status, String statusReason, TemplateFormat format, Integer reportYear,
            String agency, Identity identity, Summary summary, List<Finding> findings, List<SectionHit> sections,
            Tables tables, NarrativeFigures narrative, ExtractionInfo extraction, String engineVersion, String contentHash,
            UnreadableReason unreadableReason)
    {
        this(file, status, statusReason, format, reportYear, agency, identity, summary, findings, sections, tables,
                narrative, extraction, engineVersion, contentHash, unreadableReason, null);
    }

    /** The same result under another file name (the checker names files found in a folder by their path there). */
    public AnalysisResult withFile(String newFile)
    {
        return new AnalysisResult(newFile, status, statusReason, format, reportYear, agency, identity, summary, findings,
                sections, tables, narrative, extraction, engineVersion, contentHash, unreadableReason);
    }

    public long count(Severity severity)
    {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
