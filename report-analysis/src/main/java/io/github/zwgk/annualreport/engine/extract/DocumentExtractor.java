package io.github.zwgk.annualreport.engine.extract;

import java.io.InputStream;

/**
 * Reads a report file (.docx, .doc, .pdf, .html/.htm, .txt in UTF-8/UTF-16/GB18030 with or without BOM) through Apache
 * Tika into an {@link ExtractedDocument}, keeping real table structure where the format has it.
 */
public class DocumentExtractor
{
    // SCAFFOLD: replaced by the extractor implementation.
    public ExtractedDocument extract(InputStream in, String fileName, Limits limits) throws UnreadableException
    {
        throw new UnreadableException(UnreadableReason.UNSUPPORTED, fileName);
    }
}
