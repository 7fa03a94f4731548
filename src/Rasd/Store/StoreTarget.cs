using Npgsql;

namespace Rasd.Store;

/// <summary>Which database a <c>--db</c> value names: a SQLite file path, or a postgres:// URL (optionally <c>?schema=NAME</c>).</summary>
public sealed record StoreTarget(StoreBackend Backend, string ConnectionString, string Display, string? Schema = null)
{
    public const string DefaultPath = "rasd.db";

    public static StoreTarget Parse(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultPath : db.Trim();
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return ParsePostgres(db);
        return new StoreTarget(StoreBackend.Sqlite, $"Data Source={Path.GetFullPath(db)};Pooling=False", db);
    }

    private static StoreTarget ParsePostgres(string url)
    {
        var uri = new Uri(url);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        string? schema = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            if (key == "schema")
            {
                // the schema name is put into DDL, so only plain identifiers are accepted
                if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || value.Length == 0)
                    throw new ArgumentException($"--db: schema must be letters, digits and '_', got '{value}'");
                schema = value.ToLowerInvariant();
                b.SearchPath = schema;
            }
            else b[key] = value;
        }
        var display = $"postgres://{uri.Host}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}/{b.Database}{(schema is null ? "" : "?schema=" + schema)}";
        return new StoreTarget(StoreBackend.Postgres, b.ConnectionString, display, schema);
    }
}

/// <summary>The database engine behind a store.</summary>
public enum StoreBackend
{
    Sqlite,
    Postgres,
}
