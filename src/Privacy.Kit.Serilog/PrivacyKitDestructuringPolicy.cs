using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Serilog.Core;
using Serilog.Events;

namespace Privacy.Kit.Serilog;

/// <summary>
/// Destructures (<c>{@Customer}</c>) every object holding personal data with its members redacted: a member classified
/// with a <c>DataClassificationAttribute</c> (Privacy.Kit's or any other taxonomy) through its classification's
/// redactor, an unclassified member whose name says personal data through its kind's redactor, and every other member
/// as Serilog would. Objects without personal data are left to Serilog.
/// </summary>
internal sealed class PrivacyKitDestructuringPolicy(SerilogRedactors redactors) : IDestructuringPolicy
{
    private readonly SerilogRedactors _redactors = redactors;
    private readonly ConcurrentDictionary<Type, ClassifiedType?> _types = new();

    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        ClassifiedType? type = _types.GetOrAdd(value.GetType(), static (key, self) => ClassifiedType.Create(key, self._redactors), this);
        if (type is null)
        {
            result = null;
            return false;
        }

        if (type.WholeValue is { } whole)
        {
            result = new ScalarValue(SerilogRedactors.Redact(whole, value));
            return true;
        }

        var properties = new LogEventProperty[type.Members.Length];
        for (int i = 0; i < properties.Length; i++)
        {
            ClassifiedMember member = type.Members[i];
            object? memberValue = member.Read(value);
            LogEventPropertyValue redacted = memberValue is null ? new ScalarValue(null)
                : member.Redactor is { } redactor ? new ScalarValue(SerilogRedactors.Redact(redactor, memberValue))
                : propertyValueFactory.CreatePropertyValue(memberValue, destructureObjects: true);
            properties[i] = new LogEventProperty(member.Name, redacted);
        }

        result = new StructureValue(properties, type.TypeTag);
        return true;
    }
}
