using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's errors in GOV.UK words, and the checks our forms make before Identity sees an
/// answer.</summary>
public static class IdentityMessages
{
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;
    public const int EmailMaxLength = 256;

    /// <summary>The message for one Identity error, naming the password field as the user sees it (e.g. "New
    /// password").</summary>
    public static string For(IdentityError error, string passwordLabel = "Password") =>
        error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) =>
                $"{passwordLabel} must be {PasswordMinLength} characters or more",
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
                $"{passwordLabel} must use more different characters",
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => $"{passwordLabel} must include a number",
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => $"{passwordLabel} must include a lower case letter",
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => $"{passwordLabel} must include a capital letter",
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => $"{passwordLabel} must include a symbol",
            GuessablePasswordValidator.Code =>
                $"{passwordLabel} is too easy to guess. Use three or more random words, and avoid common passwords, "
                    + "names, dates and keyboard patterns",
            nameof(IdentityErrorDescriber.PasswordMismatch) => "Your current password is wrong",
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                "A user with this email address already exists",
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                "Enter an email address in the correct format, like name@example.com",
            nameof(IdentityErrorDescriber.ConcurrencyFailure) =>
                "Someone else changed this account at the same time. Try again",
            _ => error.Description,
        };

    /// <summary>Which form field an Identity error belongs to: "email" for address errors, otherwise
    /// "password".</summary>
    public static bool IsAboutEmail(IdentityError error) =>
        error.Code
            is nameof(IdentityErrorDescriber.DuplicateEmail)
                or nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.InvalidEmail)
                or nameof(IdentityErrorDescriber.InvalidUserName);

    /// <summary>A GOV.UK message when a new password is missing or out of bounds; null when Identity's own rules should
    /// judge it.</summary>
    public static string? CheckNewPassword(string? password, string label)
    {
        if (string.IsNullOrEmpty(password))
            return $"Enter a {label.ToLowerInvariant()}";
        if (password.Length < PasswordMinLength)
            return $"{label} must be {PasswordMinLength} characters or more";
        if (password.Length > PasswordMaxLength)
            return $"{label} must be {PasswordMaxLength} characters or fewer";
        return null;
    }

    /// <summary>A GOV.UK message for an email address answer, or null when it looks like an address.</summary>
    public static string? CheckEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
            return "Enter an email address";
        email = email.Trim();
        if (email.Length > EmailMaxLength)
            return $"Email address must be {EmailMaxLength} characters or fewer";
        var at = email.IndexOf('@');
        if (
            at < 1
            || at != email.LastIndexOf('@')
            || email.IndexOf('.', at) < at + 2
            || email.EndsWith('.')
            || email.Any(char.IsWhiteSpace)
            || email.Any(c => c is '<' or '>' or '"' or ',' or ';')
        )
            return "Enter an email address in the correct format, like name@example.com";
        return null;
    }
}
