using System.Collections;

namespace CareCommissioning.Domain.Common;

/// <summary>
/// Collects the rules an answer breaks, each under the field it belongs to. Name fields with <c>nameof</c> (for example
/// <c>nameof(s.Name)</c>) so a renamed property cannot leave its errors behind under the old name.
/// </summary>
public sealed class FieldErrors : IReadOnlyList<FieldError>
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public FieldError this[int index] => _errors[index];

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    public void Add(FieldError error) => _errors.Add(error);

    public void AddRange(IEnumerable<FieldError> errors) => _errors.AddRange(errors);

    /// <summary>Adds the error when <paramref name="broken"/> holds; returns it, so an <c>else</c> can check the next
    /// rule only if this one held.</summary>
    public bool When(bool broken, string field, string message)
    {
        if (broken)
            Add(field, message);
        return broken;
    }

    /// <summary>Text that must be given: blank or white space breaks the rule.</summary>
    public bool Required(string field, string? value, string message) =>
        When(string.IsNullOrWhiteSpace(value), field, message);

    /// <summary>Text no longer than <paramref name="max"/> characters; none at all is allowed.</summary>
    public bool MaxLength(string field, string? value, int max, string message) =>
        When(value?.Length > max, field, message);

    /// <summary>Text that must be given and be no longer than <paramref name="max"/>: one error at most, the first rule
    /// broken.</summary>
    public bool Text(string field, string? value, int max, string blank, string tooLong) =>
        Required(field, value, blank) || MaxLength(field, value, max, tooLong);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> inclusive; none at all is left to <see
    /// cref="When"/>.</summary>
    public bool Range(string field, decimal? value, decimal min, decimal max, string message) =>
        When(value is { } v && (v < min || v > max), field, message);

    public IEnumerator<FieldError> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
