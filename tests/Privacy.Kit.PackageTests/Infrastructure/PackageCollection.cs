namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>All package tests share one pack of the repository: packing is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
