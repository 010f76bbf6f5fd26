import { ESLint } from 'eslint';

const lint = async (filePath: string, code: string) => {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('npm run lint keeps domain folders pure', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';", 'NestJS'],
    ["import { EventStoreDBClient } from '@eventstore/db-client';", 'EventStoreDB'],
    ["import Database from 'better-sqlite3';", 'SQLite'],
  ])('refuses %s in src/plans/domain', async (code, named) => {
    const messages = await lint('src/plans/domain/decide-adopt-plan.ts', `${code}\nexport const x = 1;\n`);
    expect(messages).toEqual([expect.stringContaining(named)]);
  });

  it('allows the same import at the edge', async () => {
    expect(await lint('src/plans/plans.module.ts', "import { Module } from '@nestjs/common';\nexport const x = Module;\n")).toEqual([]);
  });
});
