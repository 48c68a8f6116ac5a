package io.github.zwgk.annualreport.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the text was obtained.
 *
 * @param mediaType     the detected media type, e.g. application/vnd.openxmlformats-officedocument.wordprocessingml.document
 * @param extractor     what read it: "tika", "text" (plain text given or decoded), …
 * @param charset       for plain text, the charset it was decoded with
 * @param characters    characters of text obtained
 * @param tableRows     table rows that came with real structure (docx/html tables)
 * @param elapsedMillis time spent extracting
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionInfo(String mediaType, String extractor, String charset, int characters, int tableRows, long elapsedMillis)
{
}
