using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>Certificates for the data-protection keys, made as docs/operations.md makes one with openssl.</summary>
public static class TestCertificates
{
    /// <summary>A self-signed certificate with a 2048-bit RSA key, written to <paramref name="folder"/> as a PFX file
    /// protected by <paramref name="password"/>; its path.</summary>
    public static string WritePfx(string folder, string password, string name = "data-protection")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            $"CN=Care Commissioning {name}",
            rsa,
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        using var certificate = request.CreateSelfSigned(
            DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(5)
        );
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    /// <summary>The certificate in <paramref name="pfx"/> as base64, as an encrypted key names it.</summary>
    public static string Base64Of(string pfx, string password)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(pfx, password);
        return Convert.ToBase64String(certificate.RawData);
    }
}
