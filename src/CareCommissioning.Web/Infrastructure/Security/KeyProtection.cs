using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>The "DataProtection" settings: the certificate the data-protection keys are encrypted with.</summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PFX (PKCS #12) file holding a certificate and its RSA private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password; from the environment or a secret store, never a settings file.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before the current one: keys they encrypted can still be read.</summary>
    public List<PreviousCertificate> PreviousCertificates { get; set; } = [];

    /// <summary>Lets Production start without a certificate, the keys then stored in plain text.</summary>
    public bool AllowUnencryptedKeys { get; set; }

    public sealed class PreviousCertificate
    {
        public string? Path { get; set; }
        public string? Password { get; set; }
    }
}

/// <summary>
/// The data-protection keys sign and encrypt session cookies and anti-forgery tokens. They are kept in the database so
/// every node shares them; encrypted with a certificate held outside it, a copy of the database (a backup, say) is not
/// enough to make a session cookie. Production refuses to start without a certificate unless told to
/// (<c>DataProtection:AllowUnencryptedKeys</c>); elsewhere the keys are stored unencrypted, as the framework warns.
/// </summary>
public sealed class KeyProtection
{
    private const string PathKey = KeyProtectionOptions.Section + ":CertificatePath";
    private const string OptOutKey = KeyProtectionOptions.Section + ":AllowUnencryptedKeys";

    private readonly bool _allowUnencrypted;
    private readonly string? _loadProblem;

    private KeyProtection(
        KeyProtectionOptions options,
        X509Certificate2? certificate,
        IReadOnlyList<X509Certificate2> previous,
        string? loadProblem
    )
    {
        _allowUnencrypted = options.AllowUnencryptedKeys;
        Certificate = certificate;
        Previous = previous;
        _loadProblem = loadProblem;
    }

    /// <summary>The certificate new keys are encrypted with, or null when none is set.</summary>
    public X509Certificate2? Certificate { get; }

    public IReadOnlyList<X509Certificate2> Previous { get; }

    /// <summary>Reads the settings and opens the certificates; what goes wrong is kept for <see cref="Problem"/>, so
    /// the app can say which setting to fix instead of failing with a stack trace.</summary>
    public static KeyProtection Load(IConfiguration config)
    {
        var options = config.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>()
            ?? new KeyProtectionOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
            return new(options, null, [], null);
        var current = Open(options.CertificatePath, options.CertificatePassword, PathKey, out var problem);
        var previous = new List<X509Certificate2>();
        for (var i = 0; i < options.PreviousCertificates.Count && problem is null; i++)
        {
            var (path, password) = (options.PreviousCertificates[i].Path, options.PreviousCertificates[i].Password);
            var key = $"{KeyProtectionOptions.Section}:PreviousCertificates:{i}:Path";
            if (Open(path ?? "", password, key, out problem) is { } opened)
                previous.Add(opened);
        }
        return new(options, problem is null ? current : null, previous, problem);
    }

    /// <summary>Encrypts new keys with the certificate and reads keys encrypted with it or a previous one.</summary>
    public void Apply(IDataProtectionBuilder builder)
    {
        if (Certificate is null)
            return;
        // Without naming the certificates here, reading a key looks for its certificate in the machine's X509 store,
        // which on Linux holds none of ours.
        builder.ProtectKeysWithCertificate(Certificate).UnprotectKeysWithAnyCertificate([Certificate, .. Previous]);
    }

    /// <summary>Whether keys are written in plain text (no certificate).</summary>
    public bool StoresKeysUnencrypted => Certificate is null;

    /// <summary>What is wrong with the settings in <paramref name="environment"/>, or null.</summary>
    public string? Problem(IHostEnvironment environment) =>
        _loadProblem
        ?? (
            environment.IsProduction() && Certificate is null && !_allowUnencrypted
                ? $"Set {PathKey} to a PFX certificate file with an RSA private key, and "
                    + $"{KeyProtectionOptions.Section}:CertificatePassword to its password: the keys that sign session "
                    + "cookies are kept in the database, and without a certificate to encrypt them anyone with a copy "
                    + $"of it could make a session cookie. To run without one, set {OptOutKey}=true "
                    + "(docs/operations.md)."
                : null
        );

    private static X509Certificate2? Open(string path, string? password, string setting, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"{setting} names {path}, which is not a file this process can read.";
            return null;
        }
        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in memory, never written to the machine's key store.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            problem = $"{setting} ({path}) could not be opened as a PFX file with its password: {e.Message}";
            return null;
        }
        using var key = certificate.GetRSAPrivateKey();
        if (key is null)
        {
            problem = $"{setting} ({path}) holds no RSA private key, which is needed to encrypt and read the keys.";
            return null;
        }
        return certificate;
    }
}
