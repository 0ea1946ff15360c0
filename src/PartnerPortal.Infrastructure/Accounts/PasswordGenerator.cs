using System.Security.Cryptography;

namespace PartnerPortal.Infrastructure.Accounts;

public static class PasswordGenerator
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random 20-character password (about 117 bits), without look-alike characters.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
