package io.github.zwgk.annualreport.engine.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A compact fingerprint of a report's own sentences, stored with every analysis so that next year's report can be
 * compared with it without extracting this year's file again (the text-repetition rule, TEXT_REPEATED): each sentence
 * of the body is normalised (digits, years, spaces and punctuation dropped, so "2022年…" and "2023年…" are the same
 * sentence) and reduced to a short hash. Headings, table rows and the template's own wording are left out. A few KB for
 * a real report (8 hex digits per distinct sentence).
 *
 * @param version   how sentences were normalised and hashed; fingerprints of different versions are not compared
 * @param sentences the hashes of the distinct sentences of the body, sorted
 * @param problems  the hashes of the distinct sentences of 五、存在的主要问题及改进情况 (a subset of {@code sentences}), sorted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextFingerprint(int version, List<String> sentences, List<String> problems)
{
    public TextFingerprint
    {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
