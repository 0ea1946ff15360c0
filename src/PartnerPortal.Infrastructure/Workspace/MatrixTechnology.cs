namespace PartnerPortal.Infrastructure.Workspace;

public sealed record MatrixTechnology(string Slug, string Name, string ShortName, string ThemeCode, string Theme, string GroupLetter, string Group);
