using CareCommissioning.Web.Data.CompiledModels.Postgres;
using CareCommissioning.Web.Data.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// An enum stored by name is configured with <c>.StoredAsText()</c>, and one stored as a number with
/// <c>.StoredAsNumber()</c>, which name their converters, so the compiled models carry typed conversion code that is
/// compiled ahead of time (decision 0031). With <c>HasConversion&lt;string&gt;()</c>, or EF's default for numbers, the
/// compiled model records only the column's type, and EF makes the converter by reflection at start-up, where its
/// generic code has to be JIT-compiled.
/// </summary>
public sealed class EnumConvertersTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EveryEnumStoredAsText_HasItsOwnConverterInTheCompiledModel(string provider)
    {
        var asText = EnumProperties(provider, storedAsText: true);
        Assert.True(asText.Count >= 60, $"Expected the app's many enums stored by name, found {asText.Count}.");

        Assert.Empty(WithoutConverter(asText));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EveryEnumStoredAsANumber_HasItsOwnConverterInTheCompiledModel(string provider)
    {
        var asNumber = EnumProperties(provider, storedAsText: false);
        // Flags (a stakeholder's communication formats) and the first enums, such as a stakeholder's type.
        Assert.Contains(asNumber, p => p.DeclaringType.ClrType.Name == "Stakeholder" && p.Name == "Formats");

        Assert.Empty(WithoutConverter(asNumber));
        Assert.All(asNumber, p => Assert.Equal(typeof(int), p.GetValueConverter()!.ProviderClrType));
    }

    /// <summary>The compiled model's enum properties stored as text, or as anything else (numbers).</summary>
    private static List<IProperty> EnumProperties(string provider, bool storedAsText)
    {
        var model = provider == "Sqlite" ? SqliteAppDbContextModel.Instance : PostgresAppDbContextModel.Instance;
        return model
            .GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum)
            .Where(p =>
                ((p.GetValueConverter()?.ProviderClrType ?? p.GetProviderClrType()) == typeof(string)) == storedAsText
            )
            .ToList();
    }

    private static IEnumerable<string> WithoutConverter(IEnumerable<IProperty> properties) =>
        properties.Where(p => p.GetValueConverter() is null).Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");
}
