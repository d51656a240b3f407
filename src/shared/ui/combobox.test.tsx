import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Combobox } from './combobox';
import { Field } from './field';

const FRUITS = ['Apple', 'Apricot', 'Banana', 'Blueberry', 'Cherry', 'Date', 'Elderberry'];

/** The caller's side: filters by the query and shows `pageSize` more per page, like a server would. */
function Picker({ pageSize = 100, onSubmit = vi.fn() }: { pageSize?: number; onSubmit?: () => void }) {
  const [query, setQuery] = useState('');
  const [pages, setPages] = useState(1);
  const [chosen, setChosen] = useState<string | null>(null);
  const matching = FRUITS.filter((f) => f.toLowerCase().includes(query.toLowerCase()));
  const shown = matching.slice(0, pages * pageSize);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field label="Fruit" hint="Pick one.">
        <Combobox<string>
          query={query}
          onQueryChange={(q) => {
            setQuery(q);
            setPages(1);
          }}
          options={shown}
          getKey={(f) => f}
          renderOption={(f) => f}
          selectedKey={chosen}
          selectedText={chosen ?? ''}
          selectedDetail={chosen ? chosen.slice(0, 2).toUpperCase() : undefined}
          onSelect={setChosen}
          onClear={() => setChosen(null)}
          clearLabel="Clear fruit"
          listLabel="Fruits"
          placeholder="Search fruits"
          hasMore={shown.length < matching.length}
          onLoadMore={() => setPages((p) => p + 1)}
          footer={`${shown.length} shown`}
          empty={`No fruit matches “${query}”`}
        />
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Fruit' });
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('Combobox', () => {
  it('is labelled and described by its field, and closed until asked', () => {
    render(<Picker />);
    expect(input()).toHaveAccessibleDescription('Pick one.');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('searches as you type, moves with the arrows and chooses with Enter without submitting the form', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Picker onSubmit={onSubmit} />);
    await user.click(input());
    expect(screen.getByRole('listbox', { name: 'Fruits' })).toBeInTheDocument();
    expect(optionNames()).toHaveLength(7);

    await user.type(input(), 'berry');
    expect(optionNames()).toEqual(['Blueberry', 'Elderberry']);
    // Typing makes the first match active; ArrowDown moves to the second.
    expect(input()).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Blueberry' }).id);
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Elderberry' }).id);
    await user.keyboard('{ArrowDown}'); // the last stays active
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Blueberry' }).id);
    await user.keyboard('{Enter}');

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input()).toHaveValue('Blueberry');
    expect(input()).toHaveFocus();
    // The caret goes to the start, so a long name shows from its beginning.
    expect(input()).toHaveProperty('selectionStart', 0);
    expect(input()).toHaveAccessibleDescription('Pick one. BL');

    // Closed, Enter is the form's again.
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    // Reopened, the chosen option is marked.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Blueberry' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: 'Apple' })).toHaveAttribute('aria-selected', 'false');
  });

  it('Escape closes the list and keeps the choice; the clear button empties it', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(input());
    await user.click(screen.getByRole('option', { name: 'Cherry' }));
    expect(input()).toHaveValue('Cherry');

    await user.click(input());
    await user.keyboard('ban');
    expect(optionNames()).toEqual(['Banana']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input()).toHaveValue('Cherry');

    await user.click(screen.getByRole('button', { name: 'Clear fruit' }));
    expect(input()).toHaveValue('');
    expect(input()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear fruit' })).not.toBeInTheDocument();
  });

  it('pages: ArrowDown past the last option and "Show more" load the next page', async () => {
    const user = userEvent.setup();
    render(<Picker pageSize={3} />);
    await user.click(input());
    expect(optionNames()).toEqual(['Apple', 'Apricot', 'Banana']);
    expect(screen.getByRole('status')).toHaveTextContent('3 shown');

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Banana' }).id);
    await user.keyboard('{ArrowDown}'); // past the last: loads more
    expect(optionNames()).toEqual(['Apple', 'Apricot', 'Banana', 'Blueberry', 'Cherry', 'Date']);
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Blueberry' }).id);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(optionNames()).toHaveLength(7);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(input()).toHaveFocus();
  });

  it('says when nothing matches, and the combobox no longer claims an open list', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(input());
    await user.keyboard('kiwi');
    expect(screen.getByRole('status')).toHaveTextContent('No fruit matches “kiwi”');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}'); // nothing to choose: no crash, nothing chosen
    expect(input()).toHaveValue('kiwi');
  });
});
