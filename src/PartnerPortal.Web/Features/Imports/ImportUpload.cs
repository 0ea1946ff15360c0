using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Imports;

/// <summary>
/// A file received from the browser over the circuit, kept in a temporary file (see <see cref="ImportTemporaryFiles"/>)
/// so that the dry run and the import that confirms it read the same bytes without the browser sending them twice.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private ImportUpload(FileStream file, string fileName) => (File, FileName) = (file, fileName);

    public string FileName { get; }

    public long Bytes => File.Length;

    internal FileStream File { get; }

    /// <summary>What the page says of a file over the configured limit, before anything of it is read.</summary>
    public static string TooLarge(long limitBytes) =>
        $"The file is larger than the limit of {limitBytes / 1024 / 1024:N0} MB (Portal:Import:MaximumFileMegabytes); nothing was imported.";

    /// <summary>Copies the browser's stream into a temporary file, saying after each chunk how many bytes have arrived.</summary>
    public static async Task<ImportUpload> ReceiveAsync(Stream source, string fileName, Action<long> received, CancellationToken cancellationToken)
    {
        var file = ImportTemporaryFiles.Create();
        try
        {
            var buffer = new byte[ChunkBytes];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                total += read;
                received(total);
            }
            await file.FlushAsync(cancellationToken);
            return new ImportUpload(file, Path.GetFileName(fileName));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}
