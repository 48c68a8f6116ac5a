package io.github.zwgk.annualreport.engine.extract;

/** Why no text could be read. The Chinese message becomes the result's {@code statusReason}. */
public enum UnreadableReason
{
    EMPTY("文件为空", "The file is empty"),
    TOO_LARGE("文件超过大小限制", "The file is larger than the limit"),
    TOO_MUCH_TEXT("文本超过长度限制", "The text is longer than the limit"),
    /** Reading it took more memory than there was: a monstrous file, or a server short of memory at that moment. */
    OUT_OF_MEMORY("读取文件所需内存超过限制", "Reading the file needed more memory than available"),
    ENCRYPTED("文件已加密，无法读取", "The file is encrypted"),
    CORRUPT("文件已损坏或格式错误", "The file is corrupt or malformed"),
    ZIP_BOMB("文件压缩比异常（疑似压缩炸弹）", "Suspicious compression ratio (zip bomb)"),
    UNSUPPORTED("不支持的文件格式", "Unsupported file format"),
    BINARY("文件不是文本或文档", "The file is neither text nor a document"),
    NO_TEXT("文件中没有可读取的文字（可能是扫描件）", "No text layer (scanned image?)"),
    TIMEOUT("读取超时", "Reading took longer than the time budget"),
    IO_ERROR("读取文件失败", "The file could not be read"),
    /** This installation lacks the parser for the format (e.g. PDFBox in the repository): not the file's fault. */
    PARSER_UNAVAILABLE("本系统暂时无法读取该格式的文件（缺少解析组件），不是文件的问题", "This installation cannot read the format itself"),
    /** Every extraction worker was busy for the whole time budget: the installation is overloaded, retry later. */
    BUSY("系统繁忙，暂时无法读取，将自动重试", "The server is busy; retried later"),
    /** The analysis itself failed (a defect of the checker, not of the file). */
    ANALYSIS_FAILED("分析失败", "The analysis failed (a defect of the checker, not of the file)");

    private final String message;
    private final String messageEn;

    UnreadableReason(String message, String messageEn)
    {
        this.message = message;
        this.messageEn = messageEn;
    }

    /**
     * Whether the file itself is to blame (empty, corrupt, encrypted, scanned, over a limit): the agency must send
     * another file. The others (reading the stored content failed, the installation lacks a parser, the analysis broke)
     * are problems of the installation: a repository retries them and never returns the report to the agency for them.
     * A TIMEOUT is the file's (a report takes well under a second; the budget is 20 s), but a busy server may retry it.
     */
    public boolean isFileFault()
    {
        return this != IO_ERROR && this != PARSER_UNAVAILABLE && this != ANALYSIS_FAILED && this != BUSY;
    }

    public String message()
    {
        return message;
    }

    public String messageEn()
    {
        return messageEn;
    }
}
