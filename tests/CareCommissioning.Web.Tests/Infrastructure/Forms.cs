namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>Builds form posts with several values per name (checkboxes) in a readable way.</summary>
public sealed class Form : List<KeyValuePair<string, string>>
{
    public Form Set(string name, string value)
    {
        RemoveAll(kv => kv.Key == name);
        Add(new(name, value));
        return this;
    }

    public Form With(string name, string value)
    {
        Add(new(name, value));
        return this;
    }

    public Form Without(string name)
    {
        RemoveAll(kv => kv.Key == name);
        return this;
    }
}
