namespace Privacy.Kit.Tests.PostgreSql;

/// <summary>One throwaway PostgreSQL server for the whole assembly; each test takes a fresh database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<TemporaryPostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
