using System.Text.Json;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// The portal's static files as one folder, for a portal run as a process from the build output outside
/// Development. Only Development reads the build's static web assets manifest (MudBlazor's files and
/// blazor.web.js stay in the NuGet cache, ours in wwwroot); elsewhere the files are expected in the web root,
/// as `dotnet publish` lays them out. Copies of the files the manifest names (3 MB) stand in for publishing, which
/// would take a minute of the 2-core machine. Not symbolic links: the static files' Content-Length would be
/// the link's own size.
/// </summary>
public static class BuildOutputWebRoot
{
    public static string Create(string buildOutput, string folder)
    {
        var manifestPath = Directory.GetFiles(buildOutput, "*.staticwebassets.runtime.json").Single();
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var contentRoots = manifest.RootElement.GetProperty("ContentRoots").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Directory.CreateDirectory(folder);
        Copy(manifest.RootElement.GetProperty("Root"), folder, contentRoots);
        return folder;
    }

    private static void Copy(JsonElement node, string path, string[] contentRoots)
    {
        if (node.TryGetProperty("Asset", out var asset) && asset.ValueKind == JsonValueKind.Object)
        {
            CopyFile(Path.Combine(contentRoots[asset.GetProperty("ContentRootIndex").GetInt32()], asset.GetProperty("SubPath").GetString()!), path);
        }
        if (node.TryGetProperty("Children", out var children) && children.ValueKind == JsonValueKind.Object)
        {
            Directory.CreateDirectory(path);
            foreach (var child in children.EnumerateObject())
            {
                Copy(child.Value, Path.Combine(path, child.Name), contentRoots);
            }
        }
        // A pattern ("**" over wwwroot) serves a whole content root below this point; named assets win.
        if (node.TryGetProperty("Patterns", out var patterns) && patterns.ValueKind == JsonValueKind.Array)
        {
            foreach (var pattern in patterns.EnumerateArray())
            {
                var root = contentRoots[pattern.GetProperty("ContentRootIndex").GetInt32()];
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                {
                    CopyFile(file, Path.Combine(path, Path.GetRelativePath(root, file)));
                }
            }
        }
    }

    private static void CopyFile(string source, string destination)
    {
        if (File.Exists(destination) || !File.Exists(source))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }
}
