namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>A file went past one of the reader's limits; the message is for the person who uploaded it.</summary>
internal sealed class ImportLimitException(string message) : Exception(message);
