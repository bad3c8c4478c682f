using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Vendors;

/// <summary>
/// One vendor purpose compiled for System.Text.Json: a type-info modifier that omits or redacts every property the
/// policy does not allow, for reflection-based and source-generated metadata alike, and the kinds each type discloses.
/// </summary>
internal sealed class VendorPayloadPolicy
{
    private static readonly Func<object, object?, bool> Never = static (_, _) => false;

    private readonly FrozenDictionary<string, PayloadAction> actions;
    private readonly UnclassifiedPersonalData unclassified;
    private readonly IRedactorProvider? redactors;
    private readonly ConcurrentDictionary<Type, (string Kind, PayloadAction Action)[]> directKinds = new();
    private readonly ConcurrentDictionary<Type, (string[] Disclosed, string[] Redacted)> payloadKinds = new();

    public VendorPayloadPolicy(string vendor, string purpose, VendorPolicy policy, VendorPurposePolicy kinds, IRedactorProvider? redactors)
    {
        Vendor = vendor;
        Purpose = purpose;
        unclassified = policy.UnclassifiedPersonalData;
        this.redactors = redactors;
        var map = new Dictionary<string, PayloadAction>(StringComparer.Ordinal);
        foreach (var kind in kinds.Redact)
        {
            map[kind] = PayloadAction.Redact;
        }

        foreach (var kind in kinds.Allow)
        {
            map[kind] = PayloadAction.Send;
        }

        actions = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Vendor { get; }

    public string Purpose { get; }

    public void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var kinds = new List<(string, PayloadAction)>();
        foreach (var property in typeInfo.Properties)
        {
            var (action, classifications) = Decide(property);
            var redactor = action == PayloadAction.Redact && redactors is not null && property.PropertyType == typeof(string)
                ? redactors.GetRedactor(new DataClassificationSet(classifications))
                : null;
            if (action == PayloadAction.Omit || (action == PayloadAction.Redact && redactor is null))
            {
                property.ShouldSerialize = Never;
                continue;
            }

            if (redactor is not null)
            {
                property.CustomConverter = new RedactingStringConverter(redactor);
            }

            foreach (var classification in classifications)
            {
                kinds.Add((classification.Value, action));
            }
        }

        directKinds[typeInfo.Type] = [.. kinds];
    }

    /// <summary>The kinds a payload of this type can carry in the clear and redacted, through nested, element and derived types.</summary>
    public (string[] Disclosed, string[] Redacted) KindsOf(JsonTypeInfo root) =>
        payloadKinds.GetOrAdd(root.Type, static (_, state) => state.Policy.CollectKinds(state.Root), (Policy: this, Root: root));

    private (string[] Disclosed, string[] Redacted) CollectKinds(JsonTypeInfo root)
    {
        var disclosed = new SortedSet<string>(StringComparer.Ordinal);
        var redacted = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<Type>();
        Collect(root, visited, disclosed, redacted);
        redacted.ExceptWith(disclosed);
        return ([.. disclosed], [.. redacted]);
    }

    private void Collect(JsonTypeInfo info, HashSet<Type> visited, SortedSet<string> disclosed, SortedSet<string> redacted)
    {
        if (!visited.Add(info.Type))
        {
            return;
        }

        if (directKinds.TryGetValue(info.Type, out var kinds))
        {
            foreach (var (kind, action) in kinds)
            {
                (action == PayloadAction.Send ? disclosed : redacted).Add(kind);
            }
        }

        foreach (var property in info.Properties)
        {
            if (property.ShouldSerialize != Never && property.CustomConverter is not RedactingStringConverter)
            {
                Collect(info.Options.GetTypeInfo(property.PropertyType), visited, disclosed, redacted);
            }
        }

        if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
        {
            foreach (var related in ElementTypes(info.Type))
            {
                Collect(info.Options.GetTypeInfo(related), visited, disclosed, redacted);
            }
        }

        foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
        {
            Collect(info.Options.GetTypeInfo(derived.DerivedType), visited, disclosed, redacted);
        }
    }

    private (PayloadAction Action, List<DataClassification> Classifications) Decide(JsonPropertyInfo property)
    {
        var member = property.AttributeProvider as MemberInfo;
        var classifications = new List<DataClassification>();
        var notPersonal = false;
        if (member is not null)
        {
            Read(member, classifications, ref notPersonal);
            var parameter = ConstructorParameter(member);
            if (parameter is not null)
            {
                Read(parameter, classifications, ref notPersonal);
            }
        }

        Read(property.PropertyType, classifications, ref notPersonal);
        if (classifications.Count > 0)
        {
            var action = PayloadAction.Send;
            foreach (var classification in classifications)
            {
                var kindAction = classification.TaxonomyName == PrivacyTaxonomy.Name
                    ? actions.GetValueOrDefault(classification.Value, PayloadAction.Omit)
                    : PayloadAction.Omit;
                action = kindAction < action ? kindAction : action;
            }

            return (action, classifications);
        }

        var looksPersonal = !notPersonal && (property.IsExtensionData ||
            (IsScalar(property.PropertyType) && (NamesPersonalData(property.Name, member) || (member is not null && NamesPersonalData(member.Name, member)))));
        return (looksPersonal && unclassified == UnclassifiedPersonalData.Deny ? PayloadAction.Omit : PayloadAction.Send, classifications);
    }

    // The analyzers' reading of names, so a member the build flags is the member a vendor payload holds back.
    private static bool NamesPersonalData(string name, MemberInfo? member) =>
        NameHeuristics.Default.MatchMember(name, member?.DeclaringType?.Name ?? string.Empty) is not null;

    private static void Read(ICustomAttributeProvider provider, List<DataClassification> classifications, ref bool notPersonal)
    {
        foreach (var attribute in provider.GetCustomAttributes(inherit: true))
        {
            if (attribute is DataClassificationAttribute classified)
            {
                classifications.Add(classified.Classification);
            }
            else if (attribute is NotPersonalDataAttribute)
            {
                notPersonal = true;
            }
        }
    }

    // A positional record's classification stands on its constructor parameter, not on the generated property.
    private static ParameterInfo? ConstructorParameter(MemberInfo member)
    {
        foreach (var constructor in member.DeclaringType?.GetConstructors() ?? [])
        {
            foreach (var parameter in constructor.GetParameters())
            {
                if (string.Equals(parameter.Name, member.Name, StringComparison.Ordinal))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    // The key and value types of a dictionary, the element type of a collection (JsonTypeInfo.ElementType is .NET 9+).
    private static Type[] ElementTypes(Type collection)
    {
        if (collection.IsArray)
        {
            return [collection.GetElementType()!];
        }

        foreach (var candidate in (Type[])[collection, .. collection.GetInterfaces()])
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = candidate.GetGenericArguments()[0];
                return element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? element.GetGenericArguments() : [element];
            }
        }

        return [];
    }

    // Values (text, numbers, dates) and collections of them: the name is all that tells what they hold.
    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsValueType)
        {
            return true;
        }

        var element = type.IsArray
            ? type.GetElementType()
            : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : null;
        return element is not null && element != type && IsScalar(element);
    }
}
