using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Serilog;

/// <summary>
/// How the policy destructures one type: its members with their redactors, or one redactor for the whole value when
/// the type itself is classified. Built once per type.
/// </summary>
internal sealed class ClassifiedType
{
    private ClassifiedType(string typeTag, ClassifiedMember[] members, Redactor? wholeValue)
    {
        TypeTag = typeTag;
        Members = members;
        WholeValue = wholeValue;
    }

    public string TypeTag { get; }

    public ClassifiedMember[] Members { get; }

    /// <summary>The redactor of a type that is classified as a whole (<c>[PersonalData] sealed class CustomerId</c>).</summary>
    public Redactor? WholeValue { get; }

    /// <summary>The plan for <paramref name="type"/>; <see langword="null"/> when nothing in it is personal data, so Serilog destructures it as usual.</summary>
    public static ClassifiedType? Create(Type type, SerilogRedactors redactors)
    {
        if (Classifications(type.GetCustomAttributes<DataClassificationAttribute>(inherit: true)) is { } whole)
        {
            return new ClassifiedType(type.Name, [], redactors.For(whole));
        }

        var members = new List<ClassifiedMember>();
        bool anyPersonal = false;
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            Redactor? redactor = RedactorOf(type, property, redactors);
            anyPersonal |= redactor is not null;
            members.Add(new ClassifiedMember(property, redactor));
        }

        return anyPersonal ? new ClassifiedType(type.Name, [.. members], null) : null;
    }

    private static Redactor? RedactorOf(Type type, PropertyInfo property, SerilogRedactors redactors)
    {
        // A record's positional parameter carries the attribute on the parameter, not on the generated property.
        ParameterInfo? parameter = PrimaryConstructorParameter(type, property.Name);
        if (property.IsDefined(typeof(NotPersonalDataAttribute), inherit: true) || parameter?.IsDefined(typeof(NotPersonalDataAttribute)) == true)
        {
            return null;
        }

        IEnumerable<DataClassificationAttribute> attributes = property.GetCustomAttributes<DataClassificationAttribute>(inherit: true);
        if (parameter is not null)
        {
            attributes = attributes.Concat(parameter.GetCustomAttributes<DataClassificationAttribute>());
        }

        return Classifications(attributes) is { } set ? redactors.For(set) : redactors.ForName(property.Name);
    }

    private static DataClassificationSet? Classifications(IEnumerable<DataClassificationAttribute> attributes)
    {
        var classifications = attributes.Select(attribute => attribute.Classification).Distinct().ToArray();
        return classifications.Length == 0 ? null : new DataClassificationSet(classifications);
    }

    private static ParameterInfo? PrimaryConstructorParameter(Type type, string name)
    {
        foreach (ConstructorInfo constructor in type.GetConstructors())
        {
            foreach (ParameterInfo parameter in constructor.GetParameters())
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }
        }

        return null;
    }
}
