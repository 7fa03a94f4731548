using System.Data.Common;

namespace Rasd.Store;

/// <summary>One parameterised statement made once per batch and re-run with new values, so the engine parses it once, not per row.</summary>
internal sealed class Statement : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public Statement(DbConnection db, DbTransaction tx, string sql, params string[] names)
    {
        _command = db.CreateCommand();
        _command.Transaction = tx;
        _command.CommandText = sql;
        _parameters = names.Select(n =>
        {
            var p = _command.CreateParameter();
            p.ParameterName = "@" + n;
            _command.Parameters.Add(p);
            return p;
        }).ToArray();
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row as a long (an id from RETURNING), or null when no row came back.</summary>
    public long? Id(params object?[] values)
    {
        Bind(values);
        var result = _command.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Bind(object?[] values)
    {
        for (int i = 0; i < _parameters.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
