package io.github.zwgk.annualreport.engine;

import java.io.InputStream;
import java.nio.file.Path;

import io.github.zwgk.annualreport.engine.model.AnalysisResult;

/**
 * The engine's entry point: file or text in, one {@link AnalysisResult} out. Never throws on any input: a file that
 * cannot be read ends UNREADABLE with the reason.
 */
public class ReportAnalyzer
{
    // SCAFFOLD: replaced by the analyzer implementation.
    public AnalysisResult analyze(Path file, AnalysisOptions options)
    {
        throw new UnsupportedOperationException("scaffold");
    }

    public AnalysisResult analyze(InputStream in, String fileName, AnalysisOptions options)
    {
        throw new UnsupportedOperationException("scaffold");
    }

    /** Analyses text already extracted elsewhere (e.g. by Alfresco's transform service for a PDF). */
    public AnalysisResult analyzeText(String text, String sourceName, AnalysisOptions options)
    {
        throw new UnsupportedOperationException("scaffold");
    }
}
