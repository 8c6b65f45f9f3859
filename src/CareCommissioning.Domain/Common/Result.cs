namespace CareCommissioning.Domain.Common;

/// <summary>The outcome of a domain operation that can be refused with a reason a user can read.</summary>
public sealed record Result(bool Succeeded, string? Error)
{
    public static Result Ok() => new(true, null);

    public static Result Fail(string error) => new(false, error);
}
