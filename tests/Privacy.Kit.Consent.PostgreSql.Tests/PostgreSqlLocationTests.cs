using Npgsql;

namespace Privacy.Kit.Consent.PostgreSql.Tests;

public sealed class PostgreSqlLocationTests
{
    [Theory]
    [InlineData("postgresql://consent@db1:5433/ledger")]
    [InlineData("postgres://consent@db1:5433/ledger")]
    [InlineData("Host=db1;Port=5433;Username=consent;Database=ledger")]
    public void Uris_and_connection_strings_are_postgresql_locations(string location) =>
        Assert.True(PostgreSqlLocation.IsPostgreSql(location));

    [Theory]
    [InlineData("consent.db")]
    [InlineData("/var/lib/privacy-kit/consent.db")]
    [InlineData("./data=2026/consent.db")]
    public void File_paths_are_not(string location) => Assert.False(PostgreSqlLocation.IsPostgreSql(location));

    [Fact]
    public void A_uri_becomes_the_connection_string_with_user_password_host_port_database_and_ssl_mode()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlLocation.ToConnectionString("postgresql://consent:s%40cret@db1:5433/ledger?sslmode=require"));

        Assert.Equal(("db1", 5433, "consent", "s@cret", "ledger", SslMode.Require), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode));
    }

    [Fact]
    public void An_unknown_uri_parameter_is_a_format_error() =>
        Assert.Throws<FormatException>(() => PostgreSqlLocation.ToConnectionString("postgresql://consent@db1/ledger?colour=blue"));
}
