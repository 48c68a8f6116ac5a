package io.github.zwgk.annualreport.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsTextTest
{
    @Test
    void anInvalidReportsTextGivesTheVerdictCountsAndNumberedFindings()
    {
        String text = FindingsText.format("INVALID", null, 2, 1,
                List.of("表三 第1列 总计不等于各项之和", "", "表二 缺少第（五）项"));

        assertThat(text).isEqualTo("自动校验结果：不通过（错误 2 项，警告 1 项）\n1. 表三 第1列 总计不等于各项之和\n2. 表二 缺少第（五）项");
    }

    @Test
    void anUnreadableReportsTextGivesTheReason()
    {
        assertThat(FindingsText.format("UNREADABLE", "文件已加密", 0, 0, null)).isEqualTo("自动校验结果：无法读取\n原因：文件已加密");
    }

    @Test
    void longListsAreCutWithAPointerToTheFullResult()
    {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < FindingsText.MAX_LINES + 5; i++)
        {
            findings.add("发现 " + i);
        }

        String text = FindingsText.format("INVALID", null, findings.size(), 0, findings);

        assertThat(text.lines()).hasSize(FindingsText.MAX_LINES + 2);
        assertThat(text).endsWith("……另有 5 条，见报告的校验结果。");
    }
}
