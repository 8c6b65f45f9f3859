using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>
/// Enums stored by name, or by number (flags, and a few kept as numbers from the start). The converter is named here
/// rather than asked for with <c>HasConversion&lt;string&gt;()</c> or left to EF's default for numbers, so the compiled
/// model carries typed conversion code that is compiled ahead of time: the implicit forms made EF build its generic
/// converters for every enum at start-up, about 1,000 methods (text) and 130 (numbers) compiled at run time
/// (docs/performance.md). The columns and their values are the same either way.
/// </summary>
internal static class EnumStorage
{
    public static PropertyBuilder<TEnum> StoredAsText<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum => property.HasConversion(new EnumToStringConverter<TEnum>());

    public static PropertyBuilder<TEnum?> StoredAsText<TEnum>(this PropertyBuilder<TEnum?> property)
        where TEnum : struct, Enum => property.HasConversion(new EnumToStringConverter<TEnum>());

    public static PropertyBuilder<TEnum> StoredAsNumber<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum => property.HasConversion(new EnumToNumberConverter<TEnum, int>());
}
