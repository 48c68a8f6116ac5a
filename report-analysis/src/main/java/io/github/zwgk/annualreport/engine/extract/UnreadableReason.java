package io.github.zwgk.annualreport.engine.extract;

/** Why no text could be read. The Chinese message becomes the result's {@code statusReason}. */
public enum UnreadableReason
{
    EMPTY("文件为空", "The file is empty"),
    TOO_LARGE("文件超过大小限制", "The file is larger than the limit"),
    TOO_MUCH_TEXT("文本超过长度限制", "The text is longer than the limit"),
    ENCRYPTED("文件已加密，无法读取", "The file is encrypted"),
    CORRUPT("文件已损坏或格式错误", "The file is corrupt or malformed"),
    ZIP_BOMB("文件压缩比异常（疑似压缩炸弹）", "Suspicious compression ratio (zip bomb)"),
    UNSUPPORTED("不支持的文件格式", "Unsupported file format"),
    BINARY("文件不是文本或文档", "The file is neither text nor a document"),
    NO_TEXT("文件中没有可读取的文字（可能是扫描件）", "No text layer (scanned image?)"),
    TIMEOUT("读取超时", "Reading took longer than the time budget"),
    IO_ERROR("读取文件失败", "The file could not be read");

    private final String message;
    private final String messageEn;

    UnreadableReason(String message, String messageEn)
    {
        this.message = message;
        this.messageEn = messageEn;
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
