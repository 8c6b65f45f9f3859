namespace CareCommissioning.Domain.Stakeholders;

/// <summary>Formats a stakeholder needs information in; several may apply.</summary>
[Flags]
public enum CommunicationFormats
{
    None = 0,
    EasyRead = 1,
    LargePrint = 2,
    BritishSignLanguage = 4,
    Audio = 8,
}
