namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// A workbook part as it unpacks, stopped with a clear message once it passes its limits. The zip header's
/// sizes are checked before reading, but a header may lie, so the bytes that actually come out count too. And
/// an XML reader holds a whole start tag in memory, attributes and all, so a tag longer than
/// <see cref="MaximumTagBytes"/> is refused as it streams past (text between tags is read in chunks).
/// </summary>
internal sealed class WorkbookPartStream(Stream unpacked, long limit, Func<string> tooLarge, string path) : Stream
{
    /// <summary>Excel's tags are a few dozen bytes; a cell's text is between tags, not in them.</summary>
    public const int MaximumTagBytes = 64 * 1024;

    private long _read;
    private bool _inTag;
    private bool _inElementTag;
    private byte _quote;
    private int _tagBytes;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = unpacked.Read(buffer);
        Check(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await unpacked.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Check(ReadOnlySpan<byte> bytes)
    {
        _read += bytes.Length;
        if (_read > limit)
        {
            throw new ImportLimitException(0, 0, tooLarge());
        }
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (!_inTag)
            {
                if (b == '<')
                {
                    (_inTag, _quote, _tagBytes) = (true, (byte)0, 0);
                }
                continue;
            }
            if (++_tagBytes > MaximumTagBytes)
            {
                throw new ImportLimitException(0, 0, $"The workbook's part {path} holds an XML tag longer than {MaximumTagBytes / 1024} KB; Excel writes none.");
            }
            if (_tagBytes == 1)
            {
                _inElementTag = b is not ((byte)'!' or (byte)'?');
            }
            // Only an element's attributes are quoted; in a comment or CDATA section a quote is just text.
            if (_quote != 0)
            {
                _quote = b == _quote ? (byte)0 : _quote;
            }
            else if (_inElementTag && b is (byte)'"' or (byte)'\'')
            {
                _quote = b;
            }
            else if (b == '>')
            {
                _inTag = false;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            unpacked.Dispose();
        }
        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
