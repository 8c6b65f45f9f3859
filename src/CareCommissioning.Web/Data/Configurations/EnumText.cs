using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data.Configurations;

/// <summary>
/// Enums stored by name. The converter is named here rather than asked for with <c>HasConversion&lt;string&gt;()</c>,
/// so the compiled model carries typed conversion code that is compiled ahead of time: the implicit form made EF build
/// its generic converters for every enum at start-up, about 1,000 methods compiled at run time (docs/performance.md).
/// </summary>
internal static class EnumText
{
    public static PropertyBuilder<TEnum> StoredAsText<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum => property.HasConversion(new EnumToStringConverter<TEnum>());

    public static PropertyBuilder<TEnum?> StoredAsText<TEnum>(this PropertyBuilder<TEnum?> property)
        where TEnum : struct, Enum => property.HasConversion(new EnumToStringConverter<TEnum>());
}
