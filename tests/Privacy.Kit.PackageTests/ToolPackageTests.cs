using System.Xml.Linq;
using Privacy.Kit.PackageTests.Infrastructure;

namespace Privacy.Kit.PackageTests;

[Collection(PackageCollection.Name)]
public sealed class ToolPackageTests(PackedPackages packages)
{
    [Fact]
    public void Command_line_packs_as_a_dotnet_tool_named_privacy_kit()
    {
        var entries = PackedPackages.EntriesOf(packages.ToolPackage);
        var settingsEntry = Assert.Single(entries, e => e.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));

        var settings = XDocument.Parse(PackedPackages.ReadEntry(packages.ToolPackage, settingsEntry));
        var command = settings.Descendants().Single(e => e.Name.LocalName == "Command");

        Assert.Equal("privacy-kit", command.Attribute("Name")?.Value);
        Assert.Contains(entries, e => e.EndsWith("/" + command.Attribute("EntryPoint")?.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Tool_package_declares_the_dotnet_tool_package_type()
    {
        var nuspec = XDocument.Parse(PackedPackages.ReadEntry(packages.ToolPackage, "Privacy.Kit.Cli.nuspec"));

        Assert.Contains(
            nuspec.Descendants().Where(e => e.Name.LocalName == "packageType"),
            t => t.Attribute("name")?.Value == "DotnetTool");
    }
}
