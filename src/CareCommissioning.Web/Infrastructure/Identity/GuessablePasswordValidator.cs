using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are easy to guess, as the NCSC advises instead of composition rules: common and breached
/// passwords, words with digits or a year added ("Password1234", "Welcome2026!"), keyboard runs, and the person's own
/// name or e-mail address. zxcvbn estimates how many guesses a password takes from its lists of common passwords,
/// words and names and its patterns; a score under 3 (fewer than about 10^8 guesses) is refused.
/// </summary>
public sealed class GuessablePasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordGuessable";
    public const int MinimumScore = 3;

    public Task<IdentityResult> ValidateAsync(
        UserManager<ApplicationUser> manager,
        ApplicationUser user,
        string? password
    )
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);
        // The person's name and the part of their address before the "@": the domain is the organisation's, shared
        // by everyone there, and too short a word to tell anything.
        var personal = new[] { user.Email?.Split('@')[0], user.DisplayName }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .SelectMany(s => s!.Split([' ', '@', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, personal);
        return Task.FromResult(
            result.Score >= MinimumScore
                ? IdentityResult.Success
                : IdentityResult.Failed(
                    new IdentityError { Code = Code, Description = "The password is too easy to guess" }
                )
        );
    }
}
