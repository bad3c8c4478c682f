using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Kit.Tests.Conventions;

/// <summary>Extension methods sit where Microsoft.Extensions puts them, so one using finds every Add... call.</summary>
public sealed class ExtensionNamespaceTests
{
    public static TheoryData<Type, string> ExtendedTypes() => new()
    {
        { typeof(IServiceCollection), "Microsoft.Extensions.DependencyInjection" },
        { typeof(IRedactionBuilder), "Microsoft.Extensions.Compliance.Redaction" },
    };

    [Theory]
    [MemberData(nameof(ExtendedTypes))]
    public void Every_public_extension_of_a_builder_is_in_the_builders_namespace(Type extended, string expectedNamespace)
    {
        var extensions = typeof(PrivacyTaxonomy).Assembly.GetExportedTypes()
            .Where(type => type.IsAbstract && type.IsSealed)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(method => method.IsDefined(typeof(ExtensionAttribute)) && method.GetParameters()[0].ParameterType == extended)
            .ToList();

        Assert.NotEmpty(extensions);
        Assert.All(extensions, method => Assert.Equal(expectedNamespace, method.DeclaringType!.Namespace));
    }
}
