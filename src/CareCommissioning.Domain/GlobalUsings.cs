// Field errors, money and the calendar are used by nearly every rule in the domain.
global using CareCommissioning.Domain.Common;
